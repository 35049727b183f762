stub: upstream file of 26266 bytes
