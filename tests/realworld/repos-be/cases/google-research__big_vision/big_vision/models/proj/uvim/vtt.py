stub: upstream file of 9524 bytes
