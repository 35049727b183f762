stub: upstream file of 9471 bytes
