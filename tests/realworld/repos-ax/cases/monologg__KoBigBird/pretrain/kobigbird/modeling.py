stub: upstream file of 18962 bytes
