stub: upstream file of 6601 bytes
