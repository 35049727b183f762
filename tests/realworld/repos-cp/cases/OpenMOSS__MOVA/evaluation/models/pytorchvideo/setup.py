stub: upstream file of 2307 bytes
