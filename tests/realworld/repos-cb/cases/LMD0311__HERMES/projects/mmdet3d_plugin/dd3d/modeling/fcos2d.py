stub: upstream file of 15668 bytes
