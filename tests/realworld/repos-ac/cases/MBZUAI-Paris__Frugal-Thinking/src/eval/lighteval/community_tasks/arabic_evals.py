stub: upstream file of 37889 bytes
