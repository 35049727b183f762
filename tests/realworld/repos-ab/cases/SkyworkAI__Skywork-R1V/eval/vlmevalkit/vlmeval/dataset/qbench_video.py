stub: upstream file of 14022 bytes
