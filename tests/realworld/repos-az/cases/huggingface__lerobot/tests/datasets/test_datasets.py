stub: upstream file of 75903 bytes
