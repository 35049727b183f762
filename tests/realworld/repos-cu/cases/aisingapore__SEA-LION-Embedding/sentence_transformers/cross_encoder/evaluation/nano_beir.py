stub: upstream file of 15789 bytes
