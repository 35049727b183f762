stub: upstream file of 21376 bytes
