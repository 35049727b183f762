stub: upstream file of 1230 bytes
