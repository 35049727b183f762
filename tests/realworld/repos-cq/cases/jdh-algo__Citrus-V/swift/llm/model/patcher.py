stub: upstream file of 13800 bytes
