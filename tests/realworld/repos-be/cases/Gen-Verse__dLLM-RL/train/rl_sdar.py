stub: upstream file of 32586 bytes
