stub: upstream file of 65196 bytes
