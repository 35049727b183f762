stub: upstream file of 19655 bytes
