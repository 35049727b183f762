stub: upstream file of 440 bytes
