stub: upstream file of 36648 bytes
