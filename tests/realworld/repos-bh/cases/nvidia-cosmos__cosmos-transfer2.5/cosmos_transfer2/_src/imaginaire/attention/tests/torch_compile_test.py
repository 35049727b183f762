stub: upstream file of 12791 bytes
