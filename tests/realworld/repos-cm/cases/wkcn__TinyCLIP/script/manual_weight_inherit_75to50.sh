stub: upstream file of 813 bytes
