stub: upstream file of 11714 bytes
