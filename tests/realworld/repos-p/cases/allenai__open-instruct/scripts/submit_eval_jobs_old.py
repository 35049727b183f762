stub: upstream file of 31036 bytes
