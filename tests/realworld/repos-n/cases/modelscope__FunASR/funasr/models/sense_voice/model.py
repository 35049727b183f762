stub: upstream file of 39610 bytes
