stub: upstream file of 819 bytes
