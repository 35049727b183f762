stub: upstream file of 41943 bytes
