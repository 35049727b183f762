stub: upstream file of 1040337 bytes
