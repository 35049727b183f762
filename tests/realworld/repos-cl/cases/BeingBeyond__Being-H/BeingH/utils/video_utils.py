stub: upstream file of 16015 bytes
