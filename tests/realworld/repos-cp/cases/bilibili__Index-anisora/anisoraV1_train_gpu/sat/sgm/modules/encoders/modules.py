stub: upstream file of 9839 bytes
