stub: upstream file of 26831 bytes
