stub: upstream file of 9802 bytes
