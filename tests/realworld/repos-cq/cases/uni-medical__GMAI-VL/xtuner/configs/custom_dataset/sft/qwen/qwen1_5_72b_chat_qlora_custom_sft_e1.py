stub: upstream file of 7446 bytes
