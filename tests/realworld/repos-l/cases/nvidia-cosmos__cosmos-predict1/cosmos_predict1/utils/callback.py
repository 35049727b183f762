stub: upstream file of 14837 bytes
