stub: upstream file of 14720 bytes
