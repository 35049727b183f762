stub: upstream file of 8035 bytes
