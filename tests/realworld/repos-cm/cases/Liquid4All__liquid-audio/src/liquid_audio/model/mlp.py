stub: upstream file of 1040 bytes
