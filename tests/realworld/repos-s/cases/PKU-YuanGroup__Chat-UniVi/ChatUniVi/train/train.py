stub: upstream file of 48766 bytes
