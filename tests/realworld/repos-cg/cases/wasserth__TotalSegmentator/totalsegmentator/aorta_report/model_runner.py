stub: upstream file of 10074 bytes
