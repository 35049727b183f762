stub: upstream file of 42701 bytes
