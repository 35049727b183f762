stub: upstream file of 7434 bytes
