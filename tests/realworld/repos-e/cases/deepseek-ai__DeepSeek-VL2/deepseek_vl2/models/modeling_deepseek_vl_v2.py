stub: upstream file of 27473 bytes
