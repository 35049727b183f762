stub: upstream file of 46217 bytes
