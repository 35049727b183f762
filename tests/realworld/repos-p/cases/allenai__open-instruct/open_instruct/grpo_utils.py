stub: upstream file of 41264 bytes
