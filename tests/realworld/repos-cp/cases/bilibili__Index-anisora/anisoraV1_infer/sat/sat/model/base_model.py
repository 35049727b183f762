stub: upstream file of 21582 bytes
