stub: upstream file of 12220 bytes
