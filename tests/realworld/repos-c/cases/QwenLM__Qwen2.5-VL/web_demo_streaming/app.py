stub: upstream file of 28536 bytes
