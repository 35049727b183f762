stub: upstream file of 176204 bytes
