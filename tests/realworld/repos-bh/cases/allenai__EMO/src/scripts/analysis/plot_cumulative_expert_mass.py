stub: upstream file of 6586 bytes
