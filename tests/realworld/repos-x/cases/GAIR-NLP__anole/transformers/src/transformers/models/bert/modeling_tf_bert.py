stub: upstream file of 94291 bytes
