stub: upstream file of 8733 bytes
