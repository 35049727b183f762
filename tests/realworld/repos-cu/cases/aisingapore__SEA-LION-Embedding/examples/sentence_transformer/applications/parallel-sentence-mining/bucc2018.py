stub: upstream file of 7865 bytes
