stub: upstream file of 21030 bytes
