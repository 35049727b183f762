stub: upstream file of 14908 bytes
