stub: upstream file of 4816 bytes
