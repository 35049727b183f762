stub: upstream file of 2583 bytes
