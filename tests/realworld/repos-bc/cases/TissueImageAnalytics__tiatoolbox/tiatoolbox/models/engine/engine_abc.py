stub: upstream file of 77820 bytes
