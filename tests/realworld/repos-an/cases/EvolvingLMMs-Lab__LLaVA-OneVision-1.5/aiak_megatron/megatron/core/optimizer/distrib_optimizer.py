stub: upstream file of 104598 bytes
