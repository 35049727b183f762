stub: upstream file of 34468 bytes
