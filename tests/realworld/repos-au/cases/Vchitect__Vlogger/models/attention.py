stub: upstream file of 44586 bytes
