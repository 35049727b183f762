stub: upstream file of 26477 bytes
