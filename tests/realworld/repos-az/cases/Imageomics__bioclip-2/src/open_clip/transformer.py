stub: upstream file of 55483 bytes
