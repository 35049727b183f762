stub: upstream file of 7765 bytes
