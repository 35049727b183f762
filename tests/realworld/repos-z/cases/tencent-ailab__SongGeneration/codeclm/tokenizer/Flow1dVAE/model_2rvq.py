stub: upstream file of 37164 bytes
