stub: upstream file of 1728 bytes
