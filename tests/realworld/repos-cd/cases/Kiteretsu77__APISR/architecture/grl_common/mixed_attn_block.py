stub: upstream file of 39222 bytes
