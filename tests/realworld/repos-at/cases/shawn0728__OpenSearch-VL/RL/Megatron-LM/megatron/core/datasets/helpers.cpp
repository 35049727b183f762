stub: upstream file of 29611 bytes
