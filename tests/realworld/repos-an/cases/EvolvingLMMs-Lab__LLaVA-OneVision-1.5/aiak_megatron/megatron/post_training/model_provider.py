stub: upstream file of 10511 bytes
