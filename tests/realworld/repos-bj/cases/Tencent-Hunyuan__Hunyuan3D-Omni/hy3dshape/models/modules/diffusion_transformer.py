stub: upstream file of 15493 bytes
