stub: upstream file of 6572 bytes
