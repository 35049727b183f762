stub: upstream file of 34720 bytes
