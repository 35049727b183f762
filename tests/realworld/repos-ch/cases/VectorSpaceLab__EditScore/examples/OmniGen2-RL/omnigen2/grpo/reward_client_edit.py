stub: upstream file of 5757 bytes
