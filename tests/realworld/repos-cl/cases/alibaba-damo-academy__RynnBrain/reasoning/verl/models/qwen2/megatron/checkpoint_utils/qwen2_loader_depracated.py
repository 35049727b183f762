stub: upstream file of 20262 bytes
