stub: upstream file of 57162 bytes
