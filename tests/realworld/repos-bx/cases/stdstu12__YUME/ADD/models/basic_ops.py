stub: upstream file of 3163 bytes
