stub: upstream file of 9863 bytes
