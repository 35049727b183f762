stub: upstream file of 18573 bytes
