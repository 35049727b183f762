stub: upstream file of 49536 bytes
