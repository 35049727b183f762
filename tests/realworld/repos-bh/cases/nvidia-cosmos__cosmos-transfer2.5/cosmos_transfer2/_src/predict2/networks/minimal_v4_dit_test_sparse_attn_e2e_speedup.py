stub: upstream file of 25674 bytes
