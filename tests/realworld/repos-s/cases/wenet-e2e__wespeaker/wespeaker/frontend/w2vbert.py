stub: upstream file of 14514 bytes
