stub: upstream file of 1759 bytes
