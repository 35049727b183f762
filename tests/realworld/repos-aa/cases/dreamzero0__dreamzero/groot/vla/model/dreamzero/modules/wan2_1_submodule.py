stub: upstream file of 30582 bytes
