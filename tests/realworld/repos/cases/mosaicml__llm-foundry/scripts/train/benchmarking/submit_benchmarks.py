stub: upstream file of 20017 bytes
