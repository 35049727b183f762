stub: upstream symlink to ../model/utils/packing.py
