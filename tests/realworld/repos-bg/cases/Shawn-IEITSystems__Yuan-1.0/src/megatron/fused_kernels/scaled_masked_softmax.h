stub: upstream file of 21675 bytes
