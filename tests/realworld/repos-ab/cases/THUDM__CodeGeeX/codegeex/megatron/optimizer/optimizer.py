stub: upstream file of 19191 bytes
