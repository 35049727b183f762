stub: upstream file of 12262 bytes
