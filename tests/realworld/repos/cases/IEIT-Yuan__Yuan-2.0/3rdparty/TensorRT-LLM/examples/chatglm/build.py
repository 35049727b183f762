stub: upstream file of 31342 bytes
