stub: upstream file of 69155 bytes
