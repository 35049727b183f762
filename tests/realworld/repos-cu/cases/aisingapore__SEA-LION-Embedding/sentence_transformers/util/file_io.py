stub: upstream file of 6536 bytes
