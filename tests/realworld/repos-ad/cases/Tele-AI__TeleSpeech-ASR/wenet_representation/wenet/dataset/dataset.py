stub: upstream file of 7592 bytes
