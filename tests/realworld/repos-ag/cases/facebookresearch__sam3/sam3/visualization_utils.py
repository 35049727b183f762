stub: upstream file of 30477 bytes
