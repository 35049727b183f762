stub: upstream file of 29404 bytes
