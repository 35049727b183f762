stub: upstream file of 72533 bytes
