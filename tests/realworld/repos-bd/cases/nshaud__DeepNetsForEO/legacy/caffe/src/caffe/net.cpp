stub: upstream file of 39355 bytes
