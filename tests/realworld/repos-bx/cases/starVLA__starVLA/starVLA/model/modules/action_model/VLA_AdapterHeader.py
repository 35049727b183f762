stub: upstream file of 13430 bytes
