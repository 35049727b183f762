stub: upstream file of 3183 bytes
