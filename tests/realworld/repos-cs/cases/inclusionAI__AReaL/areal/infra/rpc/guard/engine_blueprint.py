stub: upstream file of 22104 bytes
