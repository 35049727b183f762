stub: upstream file of 11733 bytes
