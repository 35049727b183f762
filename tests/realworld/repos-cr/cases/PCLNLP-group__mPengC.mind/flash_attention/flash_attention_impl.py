stub: upstream file of 5529 bytes
