stub: upstream file of 20233 bytes
