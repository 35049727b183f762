stub: upstream file of 9582 bytes
