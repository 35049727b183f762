stub: upstream file of 35768 bytes
