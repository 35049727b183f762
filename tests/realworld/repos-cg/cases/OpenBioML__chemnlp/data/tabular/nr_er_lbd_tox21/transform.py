stub: upstream file of 13212 bytes
