stub: upstream file of 46125 bytes
