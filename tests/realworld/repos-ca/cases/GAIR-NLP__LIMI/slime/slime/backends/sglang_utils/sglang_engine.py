stub: upstream file of 9789 bytes
