stub: upstream file of 14255 bytes
