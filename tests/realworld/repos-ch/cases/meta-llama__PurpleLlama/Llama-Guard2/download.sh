stub: upstream file of 928 bytes
