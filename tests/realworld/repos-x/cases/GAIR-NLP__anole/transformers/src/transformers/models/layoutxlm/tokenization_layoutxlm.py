stub: upstream file of 57297 bytes
