stub: upstream file of 7582 bytes
