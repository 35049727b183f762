stub: upstream file of 7928 bytes
