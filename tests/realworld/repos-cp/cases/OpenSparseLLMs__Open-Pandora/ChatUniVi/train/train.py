stub: upstream file of 42863 bytes
