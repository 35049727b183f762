stub: upstream file of 12813 bytes
