stub: upstream file of 6504 bytes
