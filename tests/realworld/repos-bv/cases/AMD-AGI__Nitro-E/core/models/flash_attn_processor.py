stub: upstream file of 4708 bytes
