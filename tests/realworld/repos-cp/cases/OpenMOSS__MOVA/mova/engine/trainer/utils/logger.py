stub: upstream file of 5905 bytes
