stub: upstream file of 46580 bytes
