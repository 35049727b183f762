stub: upstream file of 19536 bytes
