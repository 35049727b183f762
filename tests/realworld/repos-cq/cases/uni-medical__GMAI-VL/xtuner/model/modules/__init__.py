stub: upstream file of 163 bytes
