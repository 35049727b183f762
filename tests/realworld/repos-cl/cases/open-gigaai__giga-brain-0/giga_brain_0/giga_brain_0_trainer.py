stub: upstream file of 5614 bytes
