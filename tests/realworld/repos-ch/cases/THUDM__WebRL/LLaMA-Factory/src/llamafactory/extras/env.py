stub: upstream file of 2268 bytes
