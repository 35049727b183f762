stub: upstream file of 31082 bytes
