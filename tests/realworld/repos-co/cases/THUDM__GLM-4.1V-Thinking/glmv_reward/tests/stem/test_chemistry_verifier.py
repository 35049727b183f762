stub: upstream file of 11582 bytes
