stub: upstream file of 33393 bytes
