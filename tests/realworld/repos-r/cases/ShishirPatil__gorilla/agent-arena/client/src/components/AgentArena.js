stub: upstream file of 50586 bytes
