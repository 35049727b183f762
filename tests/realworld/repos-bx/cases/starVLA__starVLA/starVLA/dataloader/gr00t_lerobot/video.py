stub: upstream file of 14043 bytes
