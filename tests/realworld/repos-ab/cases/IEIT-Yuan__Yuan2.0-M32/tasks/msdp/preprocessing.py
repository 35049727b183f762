stub: upstream file of 23389 bytes
