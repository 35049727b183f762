stub: upstream file of 16729 bytes
