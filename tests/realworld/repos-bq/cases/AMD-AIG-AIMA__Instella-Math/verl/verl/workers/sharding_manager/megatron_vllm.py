stub: upstream file of 26238 bytes
