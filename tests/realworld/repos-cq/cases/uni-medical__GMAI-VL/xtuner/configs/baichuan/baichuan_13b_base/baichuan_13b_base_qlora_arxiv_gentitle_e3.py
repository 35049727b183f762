stub: upstream file of 9393 bytes
