stub: upstream file of 24837 bytes
