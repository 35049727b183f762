stub: upstream file of 19936 bytes
