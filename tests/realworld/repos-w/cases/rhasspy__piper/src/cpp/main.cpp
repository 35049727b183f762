stub: upstream file of 18586 bytes
