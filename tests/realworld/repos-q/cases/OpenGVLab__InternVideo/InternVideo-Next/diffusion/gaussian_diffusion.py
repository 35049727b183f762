stub: upstream file of 34483 bytes
