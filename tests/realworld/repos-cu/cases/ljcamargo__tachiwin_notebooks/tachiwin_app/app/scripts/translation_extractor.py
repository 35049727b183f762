stub: upstream file of 1952 bytes
