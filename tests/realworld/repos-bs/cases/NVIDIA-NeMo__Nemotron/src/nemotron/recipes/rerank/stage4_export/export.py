stub: upstream file of 17586 bytes
