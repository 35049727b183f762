stub: upstream file of 9065 bytes
