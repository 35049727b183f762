stub: upstream file of 42794 bytes
