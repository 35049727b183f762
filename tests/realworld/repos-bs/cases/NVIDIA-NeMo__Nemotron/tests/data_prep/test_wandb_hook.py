stub: upstream file of 23634 bytes
