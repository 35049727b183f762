stub: upstream file of 49178 bytes
