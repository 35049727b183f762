stub: upstream file of 14218 bytes
