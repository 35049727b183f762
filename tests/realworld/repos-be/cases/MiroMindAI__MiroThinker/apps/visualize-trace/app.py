stub: upstream file of 7240 bytes
