stub: upstream file of 24188 bytes
