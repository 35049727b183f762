stub: upstream file of 1477 bytes
