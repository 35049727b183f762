stub: upstream file of 15818 bytes
