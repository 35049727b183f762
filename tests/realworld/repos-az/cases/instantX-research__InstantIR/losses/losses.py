stub: upstream file of 19741 bytes
