stub: upstream file of 1548 bytes
