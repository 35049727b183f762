stub: upstream file of 16180 bytes
