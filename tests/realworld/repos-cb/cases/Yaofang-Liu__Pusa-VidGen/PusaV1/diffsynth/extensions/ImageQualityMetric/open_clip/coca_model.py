stub: upstream file of 17439 bytes
