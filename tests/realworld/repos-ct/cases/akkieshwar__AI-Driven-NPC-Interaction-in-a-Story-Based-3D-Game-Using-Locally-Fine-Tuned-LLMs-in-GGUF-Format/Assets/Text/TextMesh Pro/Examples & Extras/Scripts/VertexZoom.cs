stub: upstream file of 8548 bytes
