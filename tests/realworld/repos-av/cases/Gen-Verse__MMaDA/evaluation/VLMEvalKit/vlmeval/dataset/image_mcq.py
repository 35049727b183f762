stub: upstream file of 106611 bytes
