stub: upstream file of 43153 bytes
