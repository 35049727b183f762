stub: upstream file of 75450 bytes
