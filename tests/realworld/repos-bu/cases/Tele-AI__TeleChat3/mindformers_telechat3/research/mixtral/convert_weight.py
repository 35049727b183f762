stub: upstream file of 6925 bytes
