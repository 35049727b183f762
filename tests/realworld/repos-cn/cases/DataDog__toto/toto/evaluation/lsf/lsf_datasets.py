stub: upstream file of 9477 bytes
