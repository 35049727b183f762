stub: upstream file of 48285 bytes
