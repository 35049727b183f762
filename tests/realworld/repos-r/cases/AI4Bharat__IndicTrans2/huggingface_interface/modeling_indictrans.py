stub: upstream file of 79586 bytes
