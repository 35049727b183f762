stub: upstream file of 12278 bytes
