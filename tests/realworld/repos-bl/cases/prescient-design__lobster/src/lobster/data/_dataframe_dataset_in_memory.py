stub: upstream file of 8928 bytes
