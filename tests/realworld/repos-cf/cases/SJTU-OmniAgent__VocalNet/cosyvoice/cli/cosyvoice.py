stub: upstream file of 10943 bytes
