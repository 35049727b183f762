stub: upstream file of 12152 bytes
