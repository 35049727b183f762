stub: upstream file of 17404 bytes
