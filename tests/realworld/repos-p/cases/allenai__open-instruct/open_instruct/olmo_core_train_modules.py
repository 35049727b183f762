stub: upstream file of 30136 bytes
