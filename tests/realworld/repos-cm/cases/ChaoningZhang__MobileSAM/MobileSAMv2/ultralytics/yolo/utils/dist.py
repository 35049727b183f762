stub: upstream file of 2596 bytes
