stub: upstream file of 36857 bytes
