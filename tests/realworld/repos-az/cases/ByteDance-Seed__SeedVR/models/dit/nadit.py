stub: upstream file of 12034 bytes
