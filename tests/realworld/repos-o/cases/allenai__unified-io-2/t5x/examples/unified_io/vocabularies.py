stub: upstream file of 37466 bytes
