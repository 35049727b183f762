stub: upstream file of 7656 bytes
