stub: upstream file of 11658 bytes
