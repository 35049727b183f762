stub: upstream file of 36516 bytes
