stub: upstream file of 21667 bytes
