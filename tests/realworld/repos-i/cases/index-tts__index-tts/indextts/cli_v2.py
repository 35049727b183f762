stub: upstream file of 65238 bytes
