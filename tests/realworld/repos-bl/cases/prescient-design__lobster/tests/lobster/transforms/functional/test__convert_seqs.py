stub: upstream file of 28574 bytes
