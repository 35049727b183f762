stub: upstream file of 17723 bytes
