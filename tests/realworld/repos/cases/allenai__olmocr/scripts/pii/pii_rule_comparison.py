stub: upstream file of 77683 bytes
