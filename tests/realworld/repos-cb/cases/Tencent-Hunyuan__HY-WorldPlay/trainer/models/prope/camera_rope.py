stub: upstream file of 9687 bytes
