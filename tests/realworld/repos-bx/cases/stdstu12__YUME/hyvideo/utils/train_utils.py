stub: upstream file of 17455 bytes
