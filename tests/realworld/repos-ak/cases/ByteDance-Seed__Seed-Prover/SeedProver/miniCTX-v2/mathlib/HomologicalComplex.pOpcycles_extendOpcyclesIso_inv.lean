stub: upstream file of 17516 bytes
