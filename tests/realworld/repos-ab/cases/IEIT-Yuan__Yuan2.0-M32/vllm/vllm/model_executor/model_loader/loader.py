stub: upstream file of 16067 bytes
