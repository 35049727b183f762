stub: upstream file of 22756 bytes
