stub: upstream file of 45582 bytes
