stub: upstream file of 10588 bytes
