stub: upstream file of 15301 bytes
