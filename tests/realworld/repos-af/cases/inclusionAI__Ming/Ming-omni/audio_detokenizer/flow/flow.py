stub: upstream file of 6156 bytes
