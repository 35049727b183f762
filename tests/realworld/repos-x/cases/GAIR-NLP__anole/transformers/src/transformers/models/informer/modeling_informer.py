stub: upstream file of 101496 bytes
