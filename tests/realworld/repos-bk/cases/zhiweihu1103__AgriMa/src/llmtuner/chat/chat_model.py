stub: upstream file of 6726 bytes
