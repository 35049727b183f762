stub: upstream file of 1659 bytes
