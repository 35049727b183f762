stub: upstream file of 98020 bytes
