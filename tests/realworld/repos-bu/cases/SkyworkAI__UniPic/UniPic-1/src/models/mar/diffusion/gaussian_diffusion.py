stub: upstream file of 34829 bytes
