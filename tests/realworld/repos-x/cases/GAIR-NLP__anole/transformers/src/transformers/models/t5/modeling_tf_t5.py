stub: upstream file of 77079 bytes
