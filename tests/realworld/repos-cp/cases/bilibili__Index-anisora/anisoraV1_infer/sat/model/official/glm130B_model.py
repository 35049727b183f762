stub: upstream file of 13835 bytes
