stub: upstream file of 27125 bytes
