stub: upstream file of 22216 bytes
