stub: upstream file of 7082 bytes
