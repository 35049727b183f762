stub: upstream file of 12507 bytes
