stub: upstream file of 20586 bytes
