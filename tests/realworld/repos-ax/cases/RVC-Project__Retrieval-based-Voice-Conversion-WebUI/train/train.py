stub: upstream file of 22559 bytes
