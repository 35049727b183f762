stub: upstream file of 18256 bytes
