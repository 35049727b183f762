stub: upstream file of 6849 bytes
