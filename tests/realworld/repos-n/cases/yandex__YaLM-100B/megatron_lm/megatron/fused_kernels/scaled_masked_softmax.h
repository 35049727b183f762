stub: upstream file of 19660 bytes
