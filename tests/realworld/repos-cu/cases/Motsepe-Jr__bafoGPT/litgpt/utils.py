stub: upstream file of 26716 bytes
