stub: upstream file of 9592 bytes
