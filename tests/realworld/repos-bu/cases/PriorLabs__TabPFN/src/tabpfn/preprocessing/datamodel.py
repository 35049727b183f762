stub: upstream file of 13826 bytes
