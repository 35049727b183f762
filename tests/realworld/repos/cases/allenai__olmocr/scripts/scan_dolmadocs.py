stub: upstream file of 94943 bytes
