stub: upstream file of 7228 bytes
