stub: upstream file of 3593 bytes
