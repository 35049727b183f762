stub: upstream file of 19291 bytes
