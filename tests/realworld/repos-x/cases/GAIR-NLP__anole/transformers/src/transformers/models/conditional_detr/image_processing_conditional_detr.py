stub: upstream file of 85728 bytes
