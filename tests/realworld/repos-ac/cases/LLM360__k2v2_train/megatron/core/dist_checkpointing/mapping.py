stub: upstream file of 28674 bytes
