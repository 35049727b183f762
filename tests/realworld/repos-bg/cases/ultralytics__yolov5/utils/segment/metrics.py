stub: upstream file of 6828 bytes
