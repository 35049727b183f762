stub: upstream file of 26740 bytes
