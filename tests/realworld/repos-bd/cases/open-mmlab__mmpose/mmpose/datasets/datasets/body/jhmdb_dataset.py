stub: upstream file of 5721 bytes
