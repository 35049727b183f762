stub: upstream file of 60361 bytes
