stub: upstream file of 26035 bytes
