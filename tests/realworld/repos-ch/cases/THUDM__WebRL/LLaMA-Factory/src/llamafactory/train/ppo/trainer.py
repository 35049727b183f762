stub: upstream file of 23021 bytes
