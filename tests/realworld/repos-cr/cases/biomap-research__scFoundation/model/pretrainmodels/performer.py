stub: upstream file of 25864 bytes
