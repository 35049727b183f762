stub: upstream file of 104714 bytes
