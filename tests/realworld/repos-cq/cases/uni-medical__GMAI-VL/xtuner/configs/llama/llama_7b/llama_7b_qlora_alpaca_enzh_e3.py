stub: upstream file of 7714 bytes
