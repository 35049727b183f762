stub: upstream file of 39903 bytes
