stub: upstream file of 9328 bytes
