stub: upstream file of 12880 bytes
