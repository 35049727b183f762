stub: upstream file of 52593 bytes
