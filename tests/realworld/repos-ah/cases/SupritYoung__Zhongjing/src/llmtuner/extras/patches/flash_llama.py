stub: upstream file of 12610 bytes
