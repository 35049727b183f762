stub: upstream file of 60769 bytes
