stub: upstream file of 3957 bytes
