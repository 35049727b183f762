stub: upstream file of 80239 bytes
