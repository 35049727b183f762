stub: upstream file of 64040 bytes
