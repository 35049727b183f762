stub: upstream file of 17166 bytes
