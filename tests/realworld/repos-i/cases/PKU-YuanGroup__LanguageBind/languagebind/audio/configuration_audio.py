stub: upstream file of 19877 bytes
