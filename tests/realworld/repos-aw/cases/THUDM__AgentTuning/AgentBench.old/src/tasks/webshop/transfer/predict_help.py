stub: upstream file of 16740 bytes
