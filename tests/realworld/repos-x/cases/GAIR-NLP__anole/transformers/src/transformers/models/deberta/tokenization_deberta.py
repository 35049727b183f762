stub: upstream file of 17051 bytes
