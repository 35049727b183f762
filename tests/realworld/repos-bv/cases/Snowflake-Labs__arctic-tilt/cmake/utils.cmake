stub: upstream file of 16576 bytes
