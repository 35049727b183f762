stub: upstream file of 35808 bytes
