stub: upstream file of 9060 bytes
