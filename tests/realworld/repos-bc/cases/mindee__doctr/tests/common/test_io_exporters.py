stub: upstream file of 38370 bytes
