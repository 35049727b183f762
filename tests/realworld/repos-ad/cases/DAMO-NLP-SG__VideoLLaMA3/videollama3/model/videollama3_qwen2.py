stub: upstream file of 9586 bytes
