stub: upstream file of 23582 bytes
