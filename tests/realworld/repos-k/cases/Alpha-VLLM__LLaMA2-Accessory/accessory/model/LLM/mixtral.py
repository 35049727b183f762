stub: upstream file of 18376 bytes
