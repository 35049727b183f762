stub: upstream file of 23669 bytes
