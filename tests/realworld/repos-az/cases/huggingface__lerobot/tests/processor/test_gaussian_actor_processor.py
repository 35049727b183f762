stub: upstream file of 15043 bytes
