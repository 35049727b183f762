stub: upstream file of 14023 bytes
