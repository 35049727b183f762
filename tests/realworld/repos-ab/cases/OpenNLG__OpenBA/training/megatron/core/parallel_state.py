stub: upstream file of 25147 bytes
