stub: upstream file of 4772 bytes
