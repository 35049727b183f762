stub: upstream file of 15076 bytes
