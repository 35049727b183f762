stub: upstream file of 47928 bytes
