stub: upstream file of 12715 bytes
