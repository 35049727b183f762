stub: upstream file of 5505 bytes
