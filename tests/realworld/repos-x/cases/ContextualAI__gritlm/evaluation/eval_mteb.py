stub: upstream file of 83576 bytes
