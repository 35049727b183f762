stub: upstream file of 9720 bytes
