stub: upstream file of 1271 bytes
