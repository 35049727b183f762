stub: upstream file of 6928 bytes
