stub: upstream file of 28692 bytes
