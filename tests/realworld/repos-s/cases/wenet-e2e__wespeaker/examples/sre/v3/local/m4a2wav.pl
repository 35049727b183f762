stub: upstream symlink to ../../../voxceleb/v2/local/m4a2wav.pl
