stub: upstream file of 31634 bytes
