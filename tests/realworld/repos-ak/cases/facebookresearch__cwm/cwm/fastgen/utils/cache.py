stub: upstream file of 14586 bytes
