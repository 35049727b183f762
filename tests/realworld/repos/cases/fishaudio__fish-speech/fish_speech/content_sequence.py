stub: upstream file of 14345 bytes
