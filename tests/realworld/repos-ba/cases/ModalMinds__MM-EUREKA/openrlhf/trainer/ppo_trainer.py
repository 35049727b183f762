stub: upstream file of 27340 bytes
