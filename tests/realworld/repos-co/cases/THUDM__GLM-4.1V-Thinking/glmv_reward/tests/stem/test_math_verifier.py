stub: upstream file of 7688 bytes
