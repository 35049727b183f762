stub: upstream file of 26593 bytes
