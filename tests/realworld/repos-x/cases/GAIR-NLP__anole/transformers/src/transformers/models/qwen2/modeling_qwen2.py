stub: upstream file of 71255 bytes
