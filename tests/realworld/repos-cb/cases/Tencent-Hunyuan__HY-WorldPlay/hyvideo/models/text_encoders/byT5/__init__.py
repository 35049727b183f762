stub: upstream file of 8325 bytes
