stub: upstream file of 25840 bytes
