stub: upstream file of 15925 bytes
