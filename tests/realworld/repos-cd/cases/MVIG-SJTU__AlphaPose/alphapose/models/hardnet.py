stub: upstream file of 20985 bytes
