stub: upstream file of 27533 bytes
