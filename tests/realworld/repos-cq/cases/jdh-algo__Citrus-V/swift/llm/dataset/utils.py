stub: upstream file of 16706 bytes
