stub: upstream file of 8943 bytes
