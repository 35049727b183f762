stub: upstream file of 22635 bytes
