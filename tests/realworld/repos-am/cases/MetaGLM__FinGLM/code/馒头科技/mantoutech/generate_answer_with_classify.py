stub: upstream file of 20896 bytes
