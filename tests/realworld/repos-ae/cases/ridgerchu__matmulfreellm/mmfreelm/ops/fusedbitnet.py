stub: upstream file of 19985 bytes
