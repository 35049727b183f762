stub: upstream symlink to ../../../../emu/constants.py
