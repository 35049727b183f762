stub: upstream file of 9828 bytes
