stub: upstream file of 13659 bytes
