stub: upstream file of 9387 bytes
