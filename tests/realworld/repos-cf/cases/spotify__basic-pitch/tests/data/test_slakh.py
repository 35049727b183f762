stub: upstream file of 6588 bytes
