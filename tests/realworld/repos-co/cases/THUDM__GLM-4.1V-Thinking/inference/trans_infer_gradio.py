stub: upstream file of 13417 bytes
