stub: upstream file of 543 bytes
