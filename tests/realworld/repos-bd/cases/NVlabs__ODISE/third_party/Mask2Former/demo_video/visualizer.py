stub: upstream file of 9567 bytes
