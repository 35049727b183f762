stub: upstream file of 33681 bytes
