stub: upstream file of 6724 bytes
