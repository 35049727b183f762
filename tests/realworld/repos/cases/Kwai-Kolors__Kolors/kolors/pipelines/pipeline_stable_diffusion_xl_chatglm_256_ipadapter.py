stub: upstream file of 47614 bytes
