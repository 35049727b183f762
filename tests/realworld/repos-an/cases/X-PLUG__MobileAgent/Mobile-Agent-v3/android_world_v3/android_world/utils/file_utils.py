stub: upstream file of 17291 bytes
