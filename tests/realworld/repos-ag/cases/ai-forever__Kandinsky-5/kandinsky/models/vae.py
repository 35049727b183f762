stub: upstream file of 43930 bytes
