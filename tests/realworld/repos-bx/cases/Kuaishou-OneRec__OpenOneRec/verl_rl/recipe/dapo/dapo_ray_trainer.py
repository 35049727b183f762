stub: upstream file of 19042 bytes
