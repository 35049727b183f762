stub: upstream file of 68854 bytes
