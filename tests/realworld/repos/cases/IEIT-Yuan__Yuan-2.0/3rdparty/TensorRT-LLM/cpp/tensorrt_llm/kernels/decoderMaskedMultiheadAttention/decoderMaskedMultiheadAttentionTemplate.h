stub: upstream file of 93937 bytes
