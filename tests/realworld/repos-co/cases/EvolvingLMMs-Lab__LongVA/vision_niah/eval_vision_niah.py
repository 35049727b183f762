stub: upstream file of 15617 bytes
