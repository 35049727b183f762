stub: upstream file of 48306 bytes
