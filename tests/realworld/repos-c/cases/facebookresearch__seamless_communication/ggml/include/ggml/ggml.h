stub: upstream file of 82705 bytes
