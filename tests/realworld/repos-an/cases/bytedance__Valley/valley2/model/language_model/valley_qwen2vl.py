stub: upstream file of 11333 bytes
