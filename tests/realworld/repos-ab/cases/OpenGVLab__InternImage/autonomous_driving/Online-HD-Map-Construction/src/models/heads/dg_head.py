stub: upstream file of 9539 bytes
