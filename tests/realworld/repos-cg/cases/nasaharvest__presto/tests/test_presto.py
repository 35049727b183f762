stub: upstream file of 22370 bytes
