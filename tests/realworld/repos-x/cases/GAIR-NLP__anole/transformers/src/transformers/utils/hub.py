stub: upstream file of 56951 bytes
