stub: upstream file of 7739 bytes
