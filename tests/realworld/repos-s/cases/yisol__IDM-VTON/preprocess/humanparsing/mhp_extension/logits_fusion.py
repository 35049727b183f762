stub: upstream file of 11888 bytes
