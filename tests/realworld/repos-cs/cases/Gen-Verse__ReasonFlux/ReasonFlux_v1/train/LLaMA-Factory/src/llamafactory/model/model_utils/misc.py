stub: upstream file of 3546 bytes
