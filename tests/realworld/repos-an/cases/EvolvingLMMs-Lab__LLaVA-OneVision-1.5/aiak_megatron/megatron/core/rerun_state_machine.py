stub: upstream file of 57529 bytes
