stub: upstream symlink to ../../common/utils.py
