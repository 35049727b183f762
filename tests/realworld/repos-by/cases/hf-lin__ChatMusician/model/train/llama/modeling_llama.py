stub: upstream file of 39967 bytes
