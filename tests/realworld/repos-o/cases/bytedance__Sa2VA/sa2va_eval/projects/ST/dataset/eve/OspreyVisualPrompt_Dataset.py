stub: upstream file of 22377 bytes
