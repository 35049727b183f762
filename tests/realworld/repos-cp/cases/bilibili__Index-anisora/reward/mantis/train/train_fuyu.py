stub: upstream file of 10495 bytes
