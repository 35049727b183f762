stub: upstream file of 31569 bytes
