# Sourced by the export and length benchmarks: their shared source media, made in the
# current folder once (kept when BENCH_DIR is reused). Camera-like sizes and rates, GOPs of
# 2 s, each with its own sound; a round logo; 30 s of music.
ff() { ffmpeg -hide_banner -loglevel error -y -nostdin "$@"; }
[ -f a.mp4 ] || ff -f lavfi -i "testsrc2=s=1920x1080:r=25:d=15" -f lavfi -i "sine=f=440:d=15" \
    -c:v libx264 -preset fast -crf 20 -g 50 -pix_fmt yuv420p -c:a aac -ac 2 a.mp4
[ -f b.mp4 ] || ff -f lavfi -i "mandelbrot=s=1080x1920:r=30" -f lavfi -i "sine=f=660:d=10" \
    -t 10 -c:v libx264 -preset fast -crf 20 -g 60 -pix_fmt yuv420p -c:a aac -ac 2 b.mp4
[ -f c.mp4 ] || ff -f lavfi -i "testsrc=s=1280x720:r=60:d=15" -f lavfi -i "sine=f=880:d=15" \
    -c:v libx264 -preset fast -crf 20 -g 120 -pix_fmt yuv420p -c:a aac -ac 2 c.mp4
[ -f logo.png ] || ff -f lavfi -i "color=c=0xe11d48@0.85:s=256x256,format=rgba,geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':a='if(lt(hypot(X-128,Y-128),120),217,0)'" \
    -frames:v 1 logo.png
[ -f music.flac ] || ff -f lavfi -i "sine=f=220:d=30:sample_rate=48000" -ac 2 music.flac
