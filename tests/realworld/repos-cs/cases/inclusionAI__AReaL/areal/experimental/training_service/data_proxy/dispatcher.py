stub: upstream file of 14556 bytes
