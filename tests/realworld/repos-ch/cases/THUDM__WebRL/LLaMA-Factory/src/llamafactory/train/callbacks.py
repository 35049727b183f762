stub: upstream file of 14699 bytes
