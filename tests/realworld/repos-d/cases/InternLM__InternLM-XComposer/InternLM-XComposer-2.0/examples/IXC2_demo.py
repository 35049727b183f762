stub: upstream file of 65577 bytes
