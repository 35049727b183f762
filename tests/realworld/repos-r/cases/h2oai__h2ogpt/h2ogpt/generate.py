stub: upstream symlink to ../generate.py
