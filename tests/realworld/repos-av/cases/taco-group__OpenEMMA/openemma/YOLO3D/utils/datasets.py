stub: upstream file of 45191 bytes
