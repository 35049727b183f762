stub: upstream file of 24893 bytes
