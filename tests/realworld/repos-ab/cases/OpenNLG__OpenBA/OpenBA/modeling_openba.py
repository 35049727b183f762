stub: upstream file of 31408 bytes
