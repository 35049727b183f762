stub: upstream file of 15635 bytes
