stub: upstream file of 18130 bytes
