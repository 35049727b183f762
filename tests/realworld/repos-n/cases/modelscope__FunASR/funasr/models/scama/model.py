stub: upstream file of 30734 bytes
