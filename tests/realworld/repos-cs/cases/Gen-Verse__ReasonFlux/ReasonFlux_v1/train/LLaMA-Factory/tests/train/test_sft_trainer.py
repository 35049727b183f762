stub: upstream file of 3193 bytes
