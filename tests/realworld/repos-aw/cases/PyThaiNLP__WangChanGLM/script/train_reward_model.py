stub: upstream file of 8962 bytes
