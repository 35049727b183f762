stub: upstream file of 4828 bytes
