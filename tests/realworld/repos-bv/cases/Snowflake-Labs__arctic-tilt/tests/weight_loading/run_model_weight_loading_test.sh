stub: upstream file of 1117 bytes
