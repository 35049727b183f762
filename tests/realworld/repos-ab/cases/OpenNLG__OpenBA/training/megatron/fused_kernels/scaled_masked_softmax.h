stub: upstream file of 31585 bytes
