stub: upstream file of 20614 bytes
