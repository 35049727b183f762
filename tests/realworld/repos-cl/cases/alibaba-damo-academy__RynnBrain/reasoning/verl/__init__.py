stub: upstream file of 3930 bytes
