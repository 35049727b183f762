stub: upstream file of 15928 bytes
