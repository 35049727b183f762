stub: upstream file of 8188 bytes
