stub: upstream file of 17897 bytes
