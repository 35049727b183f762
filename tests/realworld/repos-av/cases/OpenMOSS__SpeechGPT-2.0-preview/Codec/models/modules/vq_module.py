stub: upstream file of 12875 bytes
