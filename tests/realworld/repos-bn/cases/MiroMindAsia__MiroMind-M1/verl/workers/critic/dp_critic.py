stub: upstream file of 12763 bytes
