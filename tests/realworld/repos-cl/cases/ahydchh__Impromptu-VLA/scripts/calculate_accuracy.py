stub: upstream file of 18971 bytes
