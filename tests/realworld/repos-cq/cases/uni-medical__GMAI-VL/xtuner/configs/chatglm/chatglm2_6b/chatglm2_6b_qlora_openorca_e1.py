stub: upstream file of 7048 bytes
