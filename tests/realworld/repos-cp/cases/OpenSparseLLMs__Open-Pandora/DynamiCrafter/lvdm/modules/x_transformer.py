stub: upstream file of 20157 bytes
