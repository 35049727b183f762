stub: upstream file of 24588 bytes
