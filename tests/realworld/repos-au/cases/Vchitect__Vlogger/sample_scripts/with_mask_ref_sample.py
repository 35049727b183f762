stub: upstream file of 11798 bytes
