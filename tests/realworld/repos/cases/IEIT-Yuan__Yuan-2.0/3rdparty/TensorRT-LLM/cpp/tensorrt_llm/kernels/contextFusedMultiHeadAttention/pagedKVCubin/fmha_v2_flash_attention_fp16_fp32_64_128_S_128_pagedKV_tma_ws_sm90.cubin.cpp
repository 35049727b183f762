stub: upstream file of 1387258 bytes
