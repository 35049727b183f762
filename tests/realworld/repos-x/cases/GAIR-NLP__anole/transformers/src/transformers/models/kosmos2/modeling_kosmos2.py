stub: upstream file of 94892 bytes
