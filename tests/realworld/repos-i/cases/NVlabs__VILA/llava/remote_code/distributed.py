stub: upstream symlink to ../utils/distributed.py
