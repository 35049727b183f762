stub: upstream file of 43935 bytes
