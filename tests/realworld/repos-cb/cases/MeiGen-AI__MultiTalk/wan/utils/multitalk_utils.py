stub: upstream file of 16718 bytes
