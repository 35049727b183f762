stub: upstream file of 32287 bytes
