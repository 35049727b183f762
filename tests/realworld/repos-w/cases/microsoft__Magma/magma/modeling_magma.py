stub: upstream file of 77590 bytes
