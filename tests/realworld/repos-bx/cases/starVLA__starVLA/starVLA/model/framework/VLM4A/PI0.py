stub: upstream file of 30331 bytes
