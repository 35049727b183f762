stub: upstream file of 3586 bytes
