stub: upstream file of 6602 bytes
