stub: upstream file of 16778 bytes
