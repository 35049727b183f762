stub: upstream file of 12565 bytes
