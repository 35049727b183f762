stub: upstream file of 15833 bytes
