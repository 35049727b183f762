stub: upstream file of 6350 bytes
