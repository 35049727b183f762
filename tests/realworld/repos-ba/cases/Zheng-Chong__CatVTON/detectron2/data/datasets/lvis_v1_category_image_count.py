stub: upstream file of 39414 bytes
