stub: upstream file of 25784 bytes
