stub: upstream file of 20229 bytes
