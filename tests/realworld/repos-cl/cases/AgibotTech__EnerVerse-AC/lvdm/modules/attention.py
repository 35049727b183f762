stub: upstream file of 56724 bytes
