stub: upstream file of 12213 bytes
