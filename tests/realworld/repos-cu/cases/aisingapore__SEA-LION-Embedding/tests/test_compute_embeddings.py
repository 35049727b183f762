stub: upstream file of 2679 bytes
