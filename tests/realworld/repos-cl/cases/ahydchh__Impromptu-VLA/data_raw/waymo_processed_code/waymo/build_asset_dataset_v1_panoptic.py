stub: upstream file of 259 bytes
