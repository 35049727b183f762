stub: upstream file of 4195 bytes
