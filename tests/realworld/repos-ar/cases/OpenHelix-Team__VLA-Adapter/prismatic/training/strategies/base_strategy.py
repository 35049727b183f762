stub: upstream file of 19569 bytes
