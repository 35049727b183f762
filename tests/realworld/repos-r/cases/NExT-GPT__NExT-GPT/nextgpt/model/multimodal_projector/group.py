stub: upstream file of 22100 bytes
