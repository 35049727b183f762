stub: upstream file of 43604 bytes
