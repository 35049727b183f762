stub: upstream file of 52177 bytes
