stub: upstream file of 3888 bytes
