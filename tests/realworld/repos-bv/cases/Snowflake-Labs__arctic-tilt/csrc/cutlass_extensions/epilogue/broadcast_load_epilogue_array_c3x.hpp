stub: upstream file of 16943 bytes
