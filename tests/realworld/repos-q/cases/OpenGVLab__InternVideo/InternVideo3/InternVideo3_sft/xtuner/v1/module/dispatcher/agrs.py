stub: upstream file of 19943 bytes
