stub: upstream file of 12030 bytes
