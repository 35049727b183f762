stub: upstream file of 1246 bytes
