stub: upstream file of 120726 bytes
