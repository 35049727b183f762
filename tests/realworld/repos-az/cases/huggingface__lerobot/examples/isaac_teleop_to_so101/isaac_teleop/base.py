stub: upstream file of 11584 bytes
