stub: upstream file of 33642 bytes
