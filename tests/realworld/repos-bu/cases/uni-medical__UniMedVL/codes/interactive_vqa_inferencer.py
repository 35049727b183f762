stub: upstream file of 12755 bytes
