stub: upstream file of 12216 bytes
