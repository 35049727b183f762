stub: upstream file of 8924 bytes
