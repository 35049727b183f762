stub: upstream file of 19590 bytes
