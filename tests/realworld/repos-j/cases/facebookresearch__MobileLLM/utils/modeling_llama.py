stub: upstream file of 76351 bytes
