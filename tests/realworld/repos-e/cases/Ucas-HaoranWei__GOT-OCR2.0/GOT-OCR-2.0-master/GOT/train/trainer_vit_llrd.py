stub: upstream file of 17702 bytes
