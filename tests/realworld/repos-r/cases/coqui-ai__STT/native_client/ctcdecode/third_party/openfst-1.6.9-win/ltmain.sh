stub: upstream file of 324412 bytes
