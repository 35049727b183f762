stub: upstream file of 26070 bytes
