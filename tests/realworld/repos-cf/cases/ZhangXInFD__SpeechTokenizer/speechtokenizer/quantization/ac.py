stub: upstream file of 12953 bytes
