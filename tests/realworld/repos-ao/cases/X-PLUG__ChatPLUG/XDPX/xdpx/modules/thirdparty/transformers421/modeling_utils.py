stub: upstream file of 86879 bytes
