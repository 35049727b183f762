stub: upstream file of 9870 bytes
