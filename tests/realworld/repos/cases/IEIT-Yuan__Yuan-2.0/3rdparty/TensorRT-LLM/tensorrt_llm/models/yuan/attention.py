stub: upstream file of 32740 bytes
