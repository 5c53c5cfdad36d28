#include "effect/effect_catalog.h"

#include "effect/effect.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace reelcut {

namespace {

QString tr(const char* context, const char* text) {
    return QCoreApplication::translate(context, text);
}

QString colorText(double argb) {
    const auto v = static_cast<std::uint32_t>(argb);
    return QStringLiteral("#%1").arg(v, 8, 16, QLatin1Char('0'));
}

QJsonObject describeParam(const ParamDescriptor& p) {
    QJsonObject o{{"id", QString::fromStdString(p.id)},
                  {"name", tr("Effect", p.label)},
                  {"type", QLatin1String(paramTypeName(p.type))}};
    switch (p.type) {
    case ParamType::Number:
        o["min"] = p.minimum;
        o["max"] = p.maximum;
        o["default"] = p.defaultValue;
        o["animatable"] = p.animatable;
        break;
    case ParamType::Toggle:
        o["default"] = p.defaultValue >= 0.5;
        break;
    case ParamType::Color:
        o["default"] = colorText(p.defaultValue);
        break;
    case ParamType::Choice: {
        QJsonArray choices;
        for (const ParamChoice& c : p.choices) {
            choices.append(
                QJsonObject{{"id", QString::fromStdString(c.id)}, {"name", tr("Effect", c.label)}});
        }
        o["choices"] = choices;
        o["default"] = QString::fromStdString(p.defaultParam().text());
        break;
    }
    case ParamType::File:
        o["default"] = QString::fromStdString(p.defaultText);
        if (!p.fileSuffix.empty()) {
            o["suffix"] = QString::fromStdString(p.fileSuffix);
        }
        break;
    case ParamType::Text:
        o["default"] = QString::fromStdString(p.defaultText);
        break;
    case ParamType::Point:
        o["min"] = p.minimum;
        o["max"] = p.maximum;
        o["default"] = QJsonArray{p.defaultPoint.x, p.defaultPoint.y};
        break;
    case ParamType::Curve: {
        o["min"] = p.minimum;
        o["max"] = p.maximum;
        QJsonArray points;
        for (const CurvePoint& c : p.defaultCurve) {
            points.append(QJsonArray{c.x, c.y});
        }
        o["default"] = points;
        break;
    }
    }
    return o;
}

QJsonObject describe(const EffectDescriptor& d) {
    QJsonArray params;
    for (const ParamDescriptor& p : d.params) {
        params.append(describeParam(p));
    }
    return QJsonObject{{"id", QString::fromStdString(d.id)},
                       {"name", tr("Effect", d.name)},
                       {"category", tr("EffectCategory", d.category)},
                       {"params", params}};
}

} // namespace

QJsonObject effectCatalog() {
    QJsonArray effects;
    for (const Effect* e : EffectRegistry::instance().all()) {
        effects.append(describe(e->descriptor()));
    }
    QJsonArray filters;
    for (const Look& look : EffectRegistry::instance().looks()) {
        QJsonObject params;
        for (const auto& [k, v] : look.params) {
            params[QString::fromStdString(k)] =
                v.isText() ? QJsonValue(QString::fromStdString(v.text())) : QJsonValue(v.number());
        }
        filters.append(QJsonObject{{"id", QString::fromStdString(look.id)},
                                   {"name", tr("Effect", look.name)},
                                   {"category", tr("EffectCategory", look.category)},
                                   {"effect", QString::fromStdString(look.effect)},
                                   {"params", params}});
    }
    QJsonArray transitions;
    for (const TransitionEffect* t : EffectRegistry::instance().transitions()) {
        transitions.append(describe(t->descriptor()));
    }
    return QJsonObject{{"effects", effects}, {"filters", filters}, {"transitions", transitions}};
}

} // namespace reelcut
