stub: upstream file of 9658 bytes
