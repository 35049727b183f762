stub: upstream file of 22557 bytes
