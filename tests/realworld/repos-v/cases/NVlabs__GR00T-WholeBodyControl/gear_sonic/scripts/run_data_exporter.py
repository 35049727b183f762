stub: upstream file of 38088 bytes
