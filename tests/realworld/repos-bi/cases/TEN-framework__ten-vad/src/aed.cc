stub: upstream file of 30548 bytes
