stub: upstream file of 15478 bytes
