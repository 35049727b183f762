stub: upstream file of 388371 bytes
