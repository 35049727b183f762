stub: upstream file of 24114 bytes
