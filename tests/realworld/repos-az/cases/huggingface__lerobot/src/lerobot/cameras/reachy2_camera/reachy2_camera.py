stub: upstream file of 9410 bytes
