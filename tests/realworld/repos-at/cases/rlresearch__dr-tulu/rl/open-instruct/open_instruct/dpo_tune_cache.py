stub: upstream file of 47557 bytes
