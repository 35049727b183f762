stub: upstream file of 13416 bytes
