stub: upstream file of 9760 bytes
