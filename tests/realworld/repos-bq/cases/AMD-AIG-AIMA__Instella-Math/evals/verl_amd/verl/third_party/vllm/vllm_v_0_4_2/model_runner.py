stub: upstream file of 12581 bytes
