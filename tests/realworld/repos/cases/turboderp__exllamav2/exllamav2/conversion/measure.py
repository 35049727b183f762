stub: upstream file of 27341 bytes
