stub: upstream file of 141126 bytes
