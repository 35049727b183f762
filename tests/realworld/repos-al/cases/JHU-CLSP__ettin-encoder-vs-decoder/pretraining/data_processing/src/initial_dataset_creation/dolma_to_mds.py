stub: upstream file of 8626 bytes
