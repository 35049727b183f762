stub: upstream file of 15791 bytes
