stub: upstream file of 19674 bytes
