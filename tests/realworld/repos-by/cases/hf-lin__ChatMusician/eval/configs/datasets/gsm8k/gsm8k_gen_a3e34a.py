stub: upstream file of 5821 bytes
