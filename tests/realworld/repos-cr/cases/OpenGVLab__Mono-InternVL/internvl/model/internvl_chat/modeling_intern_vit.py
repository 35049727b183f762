stub: upstream file of 17042 bytes
