stub: upstream file of 24710 bytes
