stub: upstream file of 15645 bytes
