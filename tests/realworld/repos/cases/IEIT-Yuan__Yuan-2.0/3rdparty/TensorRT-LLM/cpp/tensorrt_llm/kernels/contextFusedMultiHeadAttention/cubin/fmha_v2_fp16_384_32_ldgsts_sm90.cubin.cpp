stub: upstream file of 1281022 bytes
