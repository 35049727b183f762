stub: upstream file of 10154 bytes
