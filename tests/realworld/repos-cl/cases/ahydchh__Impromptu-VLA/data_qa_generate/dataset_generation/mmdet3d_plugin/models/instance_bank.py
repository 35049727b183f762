stub: upstream file of 9310 bytes
