stub: upstream file of 627 bytes
