stub: upstream file of 173127 bytes
