stub: upstream file of 5411 bytes
