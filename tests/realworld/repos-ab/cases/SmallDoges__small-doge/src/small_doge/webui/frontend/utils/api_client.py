stub: upstream file of 22416 bytes
