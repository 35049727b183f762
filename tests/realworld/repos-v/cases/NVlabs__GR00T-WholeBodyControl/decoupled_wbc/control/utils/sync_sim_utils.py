stub: upstream file of 23681 bytes
