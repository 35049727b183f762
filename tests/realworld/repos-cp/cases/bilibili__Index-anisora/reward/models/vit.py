stub: upstream file of 13733 bytes
