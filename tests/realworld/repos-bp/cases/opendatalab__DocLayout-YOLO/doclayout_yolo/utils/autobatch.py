stub: upstream file of 3869 bytes
