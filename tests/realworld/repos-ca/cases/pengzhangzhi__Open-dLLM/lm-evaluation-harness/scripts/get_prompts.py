stub: upstream file of 586 bytes
