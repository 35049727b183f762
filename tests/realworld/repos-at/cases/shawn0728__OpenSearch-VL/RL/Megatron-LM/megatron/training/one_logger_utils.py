stub: upstream file of 22870 bytes
