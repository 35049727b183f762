stub: upstream file of 18019 bytes
