stub: upstream file of 9732 bytes
