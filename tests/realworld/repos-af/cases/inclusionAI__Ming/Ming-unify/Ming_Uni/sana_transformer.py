stub: upstream file of 26582 bytes
