stub: upstream file of 35828 bytes
