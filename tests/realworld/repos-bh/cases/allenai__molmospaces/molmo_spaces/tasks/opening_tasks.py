stub: upstream file of 29164 bytes
