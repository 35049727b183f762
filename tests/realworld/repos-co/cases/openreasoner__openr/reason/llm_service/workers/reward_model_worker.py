stub: upstream file of 8715 bytes
