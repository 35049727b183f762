stub: upstream file of 2813 bytes
