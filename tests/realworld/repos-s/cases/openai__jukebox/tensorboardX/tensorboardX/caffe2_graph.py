stub: upstream file of 26513 bytes
