stub: upstream file of 86423 bytes
