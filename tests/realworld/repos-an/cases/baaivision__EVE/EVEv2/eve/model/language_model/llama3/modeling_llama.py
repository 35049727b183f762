stub: upstream file of 77596 bytes
