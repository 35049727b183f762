stub: upstream file of 37194 bytes
