stub: upstream file of 2203 bytes
