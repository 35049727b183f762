stub: upstream file of 47805 bytes
