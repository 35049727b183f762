stub: upstream file of 13967 bytes
