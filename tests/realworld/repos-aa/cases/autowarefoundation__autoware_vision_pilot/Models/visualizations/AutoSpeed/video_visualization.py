stub: upstream file of 8101 bytes
