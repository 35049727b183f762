stub: upstream file of 19378 bytes
