stub: upstream file of 13674 bytes
