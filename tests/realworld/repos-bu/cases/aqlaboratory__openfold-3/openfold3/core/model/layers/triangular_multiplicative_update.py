stub: upstream file of 26421 bytes
