stub: upstream file of 22661 bytes
