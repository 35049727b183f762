stub: upstream file of 15010 bytes
