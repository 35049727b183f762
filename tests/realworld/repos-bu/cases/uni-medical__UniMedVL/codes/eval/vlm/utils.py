stub: upstream file of 19930 bytes
