stub: upstream file of 25141 bytes
