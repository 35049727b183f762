stub: upstream file of 21588 bytes
