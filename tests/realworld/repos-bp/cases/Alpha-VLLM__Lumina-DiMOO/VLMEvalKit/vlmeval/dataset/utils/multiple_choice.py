stub: upstream file of 25040 bytes
