stub: upstream file of 17546 bytes
