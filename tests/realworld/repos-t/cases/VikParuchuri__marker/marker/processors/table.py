stub: upstream file of 21985 bytes
