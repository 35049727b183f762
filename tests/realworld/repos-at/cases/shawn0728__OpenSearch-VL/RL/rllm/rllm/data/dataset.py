stub: upstream file of 14393 bytes
