stub: upstream file of 7698 bytes
