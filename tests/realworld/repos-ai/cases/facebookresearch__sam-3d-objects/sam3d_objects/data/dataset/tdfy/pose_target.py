stub: upstream file of 32491 bytes
