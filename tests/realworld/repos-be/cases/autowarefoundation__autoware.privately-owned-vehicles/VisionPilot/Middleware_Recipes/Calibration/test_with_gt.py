stub: upstream file of 6980 bytes
