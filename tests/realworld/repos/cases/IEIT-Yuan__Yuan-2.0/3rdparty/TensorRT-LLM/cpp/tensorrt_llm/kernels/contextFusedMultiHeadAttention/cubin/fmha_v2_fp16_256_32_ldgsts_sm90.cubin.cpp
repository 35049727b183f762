stub: upstream file of 1548606 bytes
