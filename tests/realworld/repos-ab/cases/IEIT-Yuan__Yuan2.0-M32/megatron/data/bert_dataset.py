stub: upstream file of 7184 bytes
