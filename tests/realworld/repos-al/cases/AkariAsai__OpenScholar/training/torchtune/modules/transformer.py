stub: upstream file of 15586 bytes
