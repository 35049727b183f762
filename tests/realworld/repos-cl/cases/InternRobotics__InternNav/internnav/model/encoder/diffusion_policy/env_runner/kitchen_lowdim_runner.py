stub: upstream file of 12353 bytes
