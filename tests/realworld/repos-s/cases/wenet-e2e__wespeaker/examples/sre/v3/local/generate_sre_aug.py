stub: upstream symlink to ../../../sre/v2/local/generate_sre_aug.py
