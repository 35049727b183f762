stub: upstream file of 34240 bytes
