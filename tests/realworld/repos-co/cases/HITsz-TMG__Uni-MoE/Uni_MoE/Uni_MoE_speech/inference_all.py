stub: upstream file of 9057 bytes
