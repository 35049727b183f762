stub: upstream file of 2721 bytes
