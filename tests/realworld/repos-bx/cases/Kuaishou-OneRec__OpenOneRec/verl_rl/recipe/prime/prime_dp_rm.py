stub: upstream file of 17582 bytes
