stub: upstream file of 17113 bytes
