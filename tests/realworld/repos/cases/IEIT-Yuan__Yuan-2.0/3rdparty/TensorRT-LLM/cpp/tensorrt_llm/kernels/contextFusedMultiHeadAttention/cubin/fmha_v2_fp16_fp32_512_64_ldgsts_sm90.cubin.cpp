stub: upstream file of 1723060 bytes
