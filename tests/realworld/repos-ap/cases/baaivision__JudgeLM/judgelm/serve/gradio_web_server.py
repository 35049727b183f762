stub: upstream file of 31573 bytes
