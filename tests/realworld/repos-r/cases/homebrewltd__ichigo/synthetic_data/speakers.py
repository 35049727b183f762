stub: upstream file of 14182 bytes
