stub: upstream file of 10388 bytes
