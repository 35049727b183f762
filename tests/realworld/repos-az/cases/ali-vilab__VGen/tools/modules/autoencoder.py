stub: upstream file of 25199 bytes
