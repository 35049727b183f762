stub: upstream file of 3516 bytes
