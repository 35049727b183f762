stub: upstream file of 23715 bytes
