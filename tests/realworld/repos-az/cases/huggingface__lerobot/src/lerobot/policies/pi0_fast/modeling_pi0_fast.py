stub: upstream file of 52534 bytes
