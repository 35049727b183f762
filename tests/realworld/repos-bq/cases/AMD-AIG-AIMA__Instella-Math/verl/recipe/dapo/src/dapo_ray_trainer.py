stub: upstream file of 15445 bytes
