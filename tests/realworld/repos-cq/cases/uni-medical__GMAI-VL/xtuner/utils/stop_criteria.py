stub: upstream file of 576 bytes
