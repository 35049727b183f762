stub: upstream file of 20933 bytes
