stub: upstream file of 4551 bytes
