stub: upstream file of 39040 bytes
