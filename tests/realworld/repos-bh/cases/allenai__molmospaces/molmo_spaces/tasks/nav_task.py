stub: upstream file of 12904 bytes
