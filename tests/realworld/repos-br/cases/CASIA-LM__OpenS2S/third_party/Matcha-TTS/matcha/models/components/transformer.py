stub: upstream file of 13237 bytes
