stub: upstream file of 6612 bytes
