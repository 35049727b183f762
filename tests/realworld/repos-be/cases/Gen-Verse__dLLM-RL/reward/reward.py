stub: upstream file of 3658 bytes
