stub: upstream file of 21203 bytes
