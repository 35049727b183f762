stub: upstream file of 6107 bytes
