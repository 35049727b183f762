stub: upstream file of 17797 bytes
