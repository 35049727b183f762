stub: upstream file of 45747 bytes
