stub: upstream file of 5549 bytes
