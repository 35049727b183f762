stub: upstream file of 10579 bytes
