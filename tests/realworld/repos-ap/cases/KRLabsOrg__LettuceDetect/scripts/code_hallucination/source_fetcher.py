stub: upstream file of 30516 bytes
