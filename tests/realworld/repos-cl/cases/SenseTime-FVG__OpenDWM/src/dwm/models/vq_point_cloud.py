stub: upstream file of 41139 bytes
