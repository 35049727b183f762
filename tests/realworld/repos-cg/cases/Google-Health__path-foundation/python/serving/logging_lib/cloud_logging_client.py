stub: upstream file of 13076 bytes
