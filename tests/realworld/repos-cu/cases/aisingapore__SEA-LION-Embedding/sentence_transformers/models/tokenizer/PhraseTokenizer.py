stub: upstream file of 4586 bytes
