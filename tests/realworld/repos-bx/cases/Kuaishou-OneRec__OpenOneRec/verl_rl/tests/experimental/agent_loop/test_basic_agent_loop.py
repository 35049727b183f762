stub: upstream file of 10496 bytes
