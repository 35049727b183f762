stub: upstream file of 29706 bytes
