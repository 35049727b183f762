stub: upstream file of 12295 bytes
