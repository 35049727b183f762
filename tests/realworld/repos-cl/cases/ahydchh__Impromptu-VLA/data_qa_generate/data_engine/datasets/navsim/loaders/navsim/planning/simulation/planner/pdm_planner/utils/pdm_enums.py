stub: upstream file of 3673 bytes
