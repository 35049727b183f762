stub: upstream file of 3988 bytes
