stub: upstream file of 5928 bytes
