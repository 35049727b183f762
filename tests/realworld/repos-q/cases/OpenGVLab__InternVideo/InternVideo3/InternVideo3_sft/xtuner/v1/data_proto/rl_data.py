stub: upstream file of 15179 bytes
