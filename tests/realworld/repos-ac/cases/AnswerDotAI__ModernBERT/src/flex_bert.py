stub: upstream file of 18959 bytes
