stub: upstream file of 27548 bytes
