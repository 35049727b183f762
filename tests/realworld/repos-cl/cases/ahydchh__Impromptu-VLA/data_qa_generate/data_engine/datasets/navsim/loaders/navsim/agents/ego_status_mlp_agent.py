stub: upstream file of 5322 bytes
