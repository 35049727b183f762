stub: upstream file of 43582 bytes
