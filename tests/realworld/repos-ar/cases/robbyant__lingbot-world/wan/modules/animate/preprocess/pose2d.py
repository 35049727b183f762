stub: upstream file of 17569 bytes
