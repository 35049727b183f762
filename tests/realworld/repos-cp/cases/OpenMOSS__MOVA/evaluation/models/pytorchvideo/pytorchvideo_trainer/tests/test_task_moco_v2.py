stub: upstream file of 2661 bytes
