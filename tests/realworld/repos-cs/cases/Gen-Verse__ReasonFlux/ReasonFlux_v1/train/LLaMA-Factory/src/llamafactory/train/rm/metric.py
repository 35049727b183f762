stub: upstream file of 1772 bytes
