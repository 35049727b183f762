stub: upstream file of 8139 bytes
