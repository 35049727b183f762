stub: upstream file of 7787 bytes
