stub: upstream file of 7690 bytes
