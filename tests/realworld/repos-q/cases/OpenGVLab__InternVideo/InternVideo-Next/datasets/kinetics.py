stub: upstream file of 15910 bytes
