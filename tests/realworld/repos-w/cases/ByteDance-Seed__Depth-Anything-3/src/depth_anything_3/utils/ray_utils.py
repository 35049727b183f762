stub: upstream file of 20115 bytes
