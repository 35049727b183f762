stub: upstream file of 7586 bytes
