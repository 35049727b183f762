stub: upstream file of 34306 bytes
