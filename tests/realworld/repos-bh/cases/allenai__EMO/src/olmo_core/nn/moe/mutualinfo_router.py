stub: upstream file of 10899 bytes
