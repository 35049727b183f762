stub: upstream file of 9049 bytes
