stub: upstream file of 17699 bytes
