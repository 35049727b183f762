stub: upstream file of 115593 bytes
