stub: upstream file of 10727 bytes
