stub: upstream file of 30985 bytes
