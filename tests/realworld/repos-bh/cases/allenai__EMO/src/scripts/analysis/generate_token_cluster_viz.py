stub: upstream file of 79158 bytes
