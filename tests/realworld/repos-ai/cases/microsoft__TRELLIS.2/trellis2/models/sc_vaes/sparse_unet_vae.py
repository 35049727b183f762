stub: upstream file of 19879 bytes
