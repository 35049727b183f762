stub: upstream file of 26619 bytes
