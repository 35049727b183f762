stub: upstream file of 10627 bytes
