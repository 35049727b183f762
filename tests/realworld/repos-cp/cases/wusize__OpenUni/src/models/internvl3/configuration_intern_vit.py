stub: upstream file of 5548 bytes
