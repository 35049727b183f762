stub: upstream file of 21480 bytes
