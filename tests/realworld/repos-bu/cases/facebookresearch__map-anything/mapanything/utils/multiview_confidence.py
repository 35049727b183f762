stub: upstream file of 10440 bytes
