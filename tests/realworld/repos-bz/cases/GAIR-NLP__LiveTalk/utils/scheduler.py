stub: upstream file of 7979 bytes
